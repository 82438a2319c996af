<?php
/**
 * The WordPress test's hands inside its site (test/e2e/wordpress.test.ts), one command a
 * process, as WordPress serves one request a process:
 *
 *   php wordpress-site.php <site folder> install     WordPress's tables and its administrator
 *   php wordpress-site.php <site folder> activate    the plugin, as Plugins → Activate does
 *   php wordpress-site.php <site folder> publish     an author, and the posts on stdin as that author
 *   php wordpress-site.php <site folder> allowed     what wp_kses lets a post hold
 *   php wordpress-site.php <site folder> uninstall   the plugin, as Plugins → Delete does
 *
 * Each prints JSON.
 *
 * @package career-widgets
 */

[ , $site, $command ] = $argv;
$_SERVER['HTTP_HOST']   = getenv( 'WORDPRESS_HOST' );
$_SERVER['REQUEST_URI'] = '/';
const PLUGIN = 'career-widgets/career-widgets.php';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	// There is no mail here: WordPress would mail the administrator their new site.
	function wp_new_blog_notification() {}
}
require $site . '/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Careers', 'admin', 'admin@example.com', true, '', 'admin-password' );
		echo wp_json_encode( array( 'admin' => $result['user_id'] ) );
		break;

	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$result = activate_plugin( PLUGIN );
		echo wp_json_encode( array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : null ) );
		break;

	case 'publish':
		$author = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => 'author-password',
				'user_email' => 'author@example.com',
				'role'       => 'author',
			)
		);
		// As the author: WordPress filters the posts of those who lack unfiltered_html.
		wp_set_current_user( $author );
		$posts = array();
		foreach ( json_decode( stream_get_contents( STDIN ), true ) as $name => $post ) {
			$id             = wp_insert_post( wp_slash( $post + array( 'post_status' => 'publish' ) ), true );
			$posts[ $name ] = array(
				'url'     => get_permalink( $id ),
				'content' => get_post_field( 'post_content', $id, 'raw' ),
			);
		}
		echo wp_json_encode(
			array(
				'unfilteredHtml' => current_user_can( 'unfiltered_html' ),
				'posts'          => $posts,
			)
		);
		break;

	case 'allowed':
		echo wp_json_encode(
			array(
				'tags'          => wp_kses_allowed_html( 'post' ),
				'urlAttributes' => wp_kses_uri_attributes(),
			)
		);
		break;

	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$before = get_option( 'career_widgets_base_url' );
		deactivate_plugins( PLUGIN );
		uninstall_plugin( PLUGIN );
		echo wp_json_encode(
			array(
				'before' => $before,
				'after'  => get_option( 'career_widgets_base_url', null ),
			)
		);
		break;
}
