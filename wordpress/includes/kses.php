<?php
/**
 * Lets authors and contributors, whose posts WordPress filters (they lack unfiltered_html),
 * write the library's elements in a post's HTML: exactly its elements, each with exactly
 * the attributes it takes, and only the values it knows where it names them (theme); URLs
 * are checked for their protocol, as WordPress checks an href.
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
		$tags[ $tag ] = $element['attributes'];
	}
	return $tags;
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
