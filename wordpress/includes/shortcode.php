<?php
/**
 * [career_widget widget="salary-table" career="29-1141.00" lang="ar"], for the classic editor.
 *
 * @package career-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode's widgets: `widget` names one or more (comma-separated), the other attributes
 * are the elements' own (all but a search box's `for` and `value`, which the widgets set, and
 * `src`, a URL of a host's own data, which the elements in a post's HTML take).
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string HTML.
 */
function career_widgets_shortcode( $atts ) {
	$settings = array();
	foreach ( career_widgets_elements() as $element ) {
		$settings += array_fill_keys( array_keys( $element['attributes'] ), '' );
	}
	unset( $settings['for'], $settings['value'], $settings['src'] );
	$atts    = shortcode_atts( array( 'widget' => '' ) + $settings, $atts, 'career_widget' );
	$widgets = preg_split( '/\s*,\s*/', trim( $atts['widget'] ), -1, PREG_SPLIT_NO_EMPTY );
	unset( $atts['widget'] );
	return career_widgets_markup( $widgets, $atts );
}
add_shortcode( 'career_widget', 'career_widgets_shortcode' );
