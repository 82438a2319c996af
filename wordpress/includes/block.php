<?php
/**
 * The blocks, Career widget (block/) and Career explorer (explorer/): each a block.json,
 * rendered on the server (render.php) so the post stores only the block's settings, and
 * block/editor.js, which edits both, in the editor.
 *
 * @package career-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the blocks and their editor script.
 */
function career_widgets_register_blocks() {
	wp_register_script(
		'career-widgets-editor',
		plugins_url( 'block/editor.js', CAREER_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		CAREER_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'career-widgets-editor', 'career-widgets', plugin_dir_path( CAREER_WIDGETS_FILE ) . 'languages' );
	register_block_type( plugin_dir_path( CAREER_WIDGETS_FILE ) . 'block' );
	register_block_type( plugin_dir_path( CAREER_WIDGETS_FILE ) . 'explorer' );
}
add_action( 'init', 'career_widgets_register_blocks' );

/**
 * Tells the editor script what it offers: the Career widget block's widgets, the explorer's
 * attributes and the values of its filters, the languages and themes, and where the library
 * and its data are (the editor shows the widgets themselves as the blocks' preview).
 */
function career_widgets_editor_settings() {
	$elements = career_widgets_elements();
	$widgets  = array();
	foreach ( career_widgets_block_widgets() as $tag => $names ) {
		$widgets[] = array(
			'tag'        => $tag,
			'label'      => $names['label'],
			'summary'    => $names['summary'],
			'attributes' => $elements[ $tag ]['attributes'],
		);
	}
	$settings = array(
		'scriptUrl'    => career_widgets_base_url() . 'career-widgets.js',
		'dataUrl'      => career_widgets_base_url() . 'data/',
		'widgets'      => $widgets,
		'explorer'     => $elements['career-explorer']['attributes'],
		'locales'      => career_widgets_locales(),
		'sourceLocale' => career_widgets_source_locale(),
	);
	wp_add_inline_script( 'career-widgets-editor', 'window.careerWidgetsEditor = ' . wp_json_encode( $settings ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'career_widgets_editor_settings' );
