<?php
/**
 * Lets authors and contributors, whose posts WordPress filters (they lack unfiltered_html),
 * write the library's elements in a post's HTML: exactly its elements, each with exactly
 * the attributes it takes and an id, and only the values it knows where it names them
 * (theme, the explorer's filters); URLs are checked for their protocol, as WordPress checks
 * an href.
 *
 * @package career-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the library's elements to the HTML allowed in posts.
 *
 * @param array[] $tags    Allowed elements and their attributes.
 * @param string  $context What the HTML is for.
 * @return array[]
 */
function career_widgets_allow_elements( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( career_widgets_elements() as $tag => $element ) {
		// An id, which a search box's `for` names; WordPress adds it to the tags it knows, not to ours.
		$tags[ $tag ] = array( 'id' => true );
		foreach ( $element['attributes'] as $name => $rule ) {
			$tags[ $tag ][ $name ] = career_widgets_kses_rule( $rule );
		}
	}
	return $tags;
}

/**
 * An attribute's rule as wp_kses checks it: it compares a value, lowercased, with the values
 * allowed, so they are listed lowercased (a filter's interest area is `S`).
 *
 * @param array|true $rule An attribute's rule in career_widgets_elements().
 * @return array|true
 */
function career_widgets_kses_rule( $rule ) {
	if ( is_array( $rule ) && isset( $rule['values'] ) ) {
		return array( 'values' => array_values( array_unique( array_map( 'strtolower', $rule['values'] ) ) ) );
	}
	return true;
}
add_filter( 'wp_kses_allowed_html', 'career_widgets_allow_elements', 10, 2 );

/**
 * Has wp_kses check the protocol of the elements' URL attributes (a related-jobs
 * href-template becomes each row's link), so no javascript: URL gets into a post.
 *
 * @param string[] $attributes The attributes whose values are URLs.
 * @return string[]
 */
function career_widgets_url_attributes_for_kses( $attributes ) {
	return array_values( array_unique( array_merge( $attributes, career_widgets_url_attributes() ) ) );
}
add_filter( 'wp_kses_uri_attributes', 'career_widgets_url_attributes_for_kses' );
