<?php
/**
 * Settings → Career widgets: where the library is served from.
 *
 * @package career-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the one setting, its section and its field.
 */
function career_widgets_register_settings() {
	register_setting(
		'career_widgets',
		'career_widgets_base_url',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'career_widgets_sanitize_base_url',
		)
	);
	add_settings_section( 'career_widgets_library', __( 'Where the widgets come from', 'career-widgets' ), '__return_null', 'career-widgets' );
	add_settings_field(
		'career_widgets_base_url',
		__( 'Library URL', 'career-widgets' ),
		'career_widgets_base_url_field',
		'career-widgets',
		'career_widgets_library',
		array( 'label_for' => 'career_widgets_base_url' )
	);
}
add_action( 'admin_init', 'career_widgets_register_settings' );

/**
 * Adds the page under Settings, for those who manage the site's options.
 */
function career_widgets_add_settings_page() {
	add_options_page( __( 'Career widgets', 'career-widgets' ), __( 'Career widgets', 'career-widgets' ), 'manage_options', 'career-widgets', 'career_widgets_settings_page' );
}
add_action( 'admin_menu', 'career_widgets_add_settings_page' );

/**
 * Links the settings page from the plugin's row on the Plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function career_widgets_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=career-widgets' );
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html__( 'Settings', 'career-widgets' ) ) );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( CAREER_WIDGETS_FILE ), 'career_widgets_settings_link' );

/**
 * Prints the settings page.
 */
function career_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'career_widgets' );
			do_settings_sections( 'career-widgets' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * Prints the URL field.
 */
function career_widgets_base_url_field() {
	$bundled = plugins_url( 'dist/', CAREER_WIDGETS_FILE );
	printf(
		'<input type="url" id="career_widgets_base_url" name="career_widgets_base_url" value="%s" placeholder="%s" class="regular-text code" aria-describedby="career_widgets_base_url_help" />',
		esc_attr( get_option( 'career_widgets_base_url', '' ) ),
		esc_attr( $bundled )
	);
	printf(
		'<p class="description" id="career_widgets_base_url_help">%s</p>',
		esc_html(
			sprintf(
				/* translators: %s: the URL of the plugin's own copy of the library. */
				__( 'The address of a copy of the library’s dist/ folder, with career-widgets.js and data/ in it, for example on a CDN, which must send Access-Control-Allow-Origin. Empty: the plugin’s own copy, %s.', 'career-widgets' ),
				$bundled
			)
		)
	);
}

/**
 * Keeps an http(s) URL, or a path on this site, ending with a slash; '' for the plugin's own
 * copy. Anything else is refused with a message, and the saved value stays.
 *
 * @param mixed $value What the form sent.
 * @return string
 */
function career_widgets_sanitize_base_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$url   = esc_url_raw( $value, array( 'https', 'http' ) );
	$parts = wp_parse_url( $url );
	$valid = '' !== $url && ( isset( $parts['host'] ) || 0 === strpos( $url, '/' ) ) && ! isset( $parts['query'] ) && ! isset( $parts['fragment'] );
	if ( ! $valid ) {
		add_settings_error(
			'career_widgets_base_url',
			'invalid',
			/* translators: %s: what was typed. */
			sprintf( __( '“%s” is not a web address: the library URL was not changed.', 'career-widgets' ), esc_html( $value ) )
		);
		return (string) get_option( 'career_widgets_base_url', '' );
	}
	return trailingslashit( $url );
}
