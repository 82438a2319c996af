<?php
/**
 * Deletes the plugin's one option when the plugin is deleted.
 *
 * @package career-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'career_widgets_base_url' );
