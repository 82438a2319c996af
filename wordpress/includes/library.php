<?php
/**
 * The library's module script: where it is served from, and its one tag on a page that shows widgets.
 *
 * @package career-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The URL of the folder holding career-widgets.js and data/: the one set under Settings →
 * Career widgets, else the plugin's own copy.
 *
 * @return string Ends with a slash.
 */
function career_widgets_base_url() {
	$base = (string) get_option( 'career_widgets_base_url', '' );
	return '' !== $base ? $base : plugins_url( 'dist/', CAREER_WIDGETS_FILE );
}

/**
 * Registers the library as a script module, or on WordPress before 6.5, which has none, as a
 * script whose tag says type="module". Its URL has no version: the library's chunks import
 * "./career-widgets.js" by that name, and with a query string it would be a second copy of
 * the module, with its own Lit.
 */
function career_widgets_register_library() {
	$src = career_widgets_base_url() . 'career-widgets.js';
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'career-widgets', $src, array(), null );
	} else {
		wp_register_script( 'career-widgets', $src, array(), null, true );
	}
}
add_action( 'init', 'career_widgets_register_library' );

/**
 * Puts the library on the page being rendered. Called by every widget the page shows; the
 * script is printed once however many there are.
 */
function career_widgets_enqueue_library() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'career-widgets' );
	} else {
		wp_enqueue_script( 'career-widgets' );
	}
}

/**
 * Makes the library's script tag a module's, on WordPress before 6.5.
 *
 * @param string $tag    The script's HTML.
 * @param string $handle The script's handle.
 * @return string
 */
function career_widgets_module_tag( $tag, $handle ) {
	if ( 'career-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'career_widgets_module_tag', 10, 2 );

/**
 * Loads the library where an author wrote the elements themselves in a post's HTML (the
 * allow-list in kses.php keeps them): no block or shortcode on that page asks for it.
 *
 * @param string $content The post's content.
 * @return string The content, unchanged.
 */
function career_widgets_enqueue_for_elements( $content ) {
	$tags = implode( '|', array_map( 'preg_quote', array_keys( career_widgets_elements() ) ) );
	if ( preg_match( '/<(?:' . $tags . ')[\s>\/]/i', $content ) ) {
		career_widgets_enqueue_library();
	}
	return $content;
}
add_filter( 'the_content', 'career_widgets_enqueue_for_elements', 20 );
