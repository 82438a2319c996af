<?php
/**
 * The block on the page: its widgets, written as the shortcode writes them, in the block's box.
 *
 * @package career-widgets
 *
 * @var array $attributes The block's settings (block.json).
 */

defined( 'ABSPATH' ) || exit;

$career_widgets_markup = career_widgets_markup(
	$attributes['widgets'],
	array(
		'career'        => $attributes['career'],
		'lang'          => $attributes['lang'],
		'theme'         => $attributes['theme'],
		'year'          => $attributes['year'],
		'heading-level' => $attributes['headingLevel'],
	)
);
if ( '' !== $career_widgets_markup ) {
	// career_widgets_markup() escapes every value it writes.
	printf( '<div %s>%s</div>', get_block_wrapper_attributes(), $career_widgets_markup ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}
