<?php
/**
 * Plugin Name:       Career widgets
 * Description:       Sourced career information (wages, skills, duties, outlook) in English, Filipino, Russian, Icelandic, Malay and Arabic, as a block and a [career_widget] shortcode.
 * Version:           %%VERSION%%
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       career-widgets
 * Domain Path:       /languages
 *
 * @package career-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CAREER_WIDGETS_VERSION', '%%VERSION%%' );
define( 'CAREER_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/library.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * Loads the translations of the plugin's own strings (the widgets translate themselves).
 */
function career_widgets_load_textdomain() {
	load_plugin_textdomain( 'career-widgets', false, dirname( plugin_basename( CAREER_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'career_widgets_load_textdomain', 0 );
