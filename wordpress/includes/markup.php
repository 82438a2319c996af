<?php
/**
 * The widgets' markup, written by the block and the shortcode alike from what a post says.
 *
 * @package career-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The library's own patterns: a readable id (registered-nurse), an O*NET-SOC code
 * (29-1141.00) or a SOC code (29-1141), at most 200 characters.
 */
const CAREER_WIDGETS_CAREER_PATTERN = '/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d{2}-\d{4}\.\d{2})$/';
const CAREER_WIDGETS_CAREER_MAX_LENGTH = 200;
/** The longest heading, label or link template a post may set. */
const CAREER_WIDGETS_TEXT_MAX_LENGTH = 300;

/**
 * The elements of the named widgets with the settings each takes. Every value is checked
 * against what the library accepts and escaped: a value that fails is left out (the widget
 * then uses its default) and named to those who can edit posts, as is a widget that does
 * not exist. A search box among them comes first and changes the career of the others.
 * Enqueues the library when there is a widget to show.
 *
 * @param string[] $widgets  Tags of the library's elements, e.g. salary-table.
 * @param array    $settings Values by attribute name: career, lang, theme, year, heading-level, the explorer's filters…
 * @return string HTML.
 */
function career_widgets_markup( array $widgets, array $settings ) {
	$elements = career_widgets_elements();
	$problems = array();
	$written  = array();
	foreach ( $widgets as $widget ) {
		$tag = strtolower( trim( (string) $widget ) );
		if ( ! isset( $elements[ $tag ] ) ) {
			/* translators: 1: a name written in a post, 2: the names of the widgets, separated by commas. */
			$problems[] = sprintf( __( 'There is no widget “%1$s”. The widgets are: %2$s.', 'career-widgets' ), $tag, implode( ', ', array_keys( $elements ) ) );
			continue;
		}
		$attributes = '';
		foreach ( $settings as $name => $value ) {
			$value = trim( (string) $value );
			if ( '' === $value || ! isset( $elements[ $tag ]['attributes'][ $name ] ) ) {
				continue;
			}
			if ( ! career_widgets_valid( $elements[ $tag ], $name, $value ) ) {
				/* translators: 1: an attribute's name, e.g. lang, 2: the value written in a post. */
				$problems[] = sprintf( __( 'The widgets leave out %1$s="%2$s": it is not a value they take.', 'career-widgets' ), $name, $value );
				continue;
			}
			$attributes .= career_widgets_attribute( $elements[ $tag ]['attributes'][ $name ], $name, $value );
		}
		$written[] = array( $tag, $attributes );
	}
	$markup = career_widgets_elements_html( $written );
	if ( '' !== $markup ) {
		career_widgets_enqueue_library();
	}
	if ( $problems && current_user_can( 'edit_posts' ) ) {
		foreach ( array_unique( $problems ) as $problem ) {
			$markup .= '<p class="career-widgets-problem">' . esc_html( $problem ) . '</p>';
		}
	}
	return $markup;
}

/**
 * One attribute as HTML: a boolean one is there (true) or not (false).
 *
 * @param array|true $rule  The attribute's rule in career_widgets_elements().
 * @param string     $name  Its name.
 * @param string     $value A value career_widgets_valid() accepts.
 * @return string
 */
function career_widgets_attribute( $rule, $name, $value ) {
	if ( is_array( $rule ) && isset( $rule['boolean'] ) ) {
		return 'true' === $value ? " $name" : '';
	}
	return sprintf( ' %s="%s"', $name, esc_attr( $value ) );
}

/**
 * The elements' HTML. A search box comes first; when there are widgets of a career beside it,
 * they get ids no other widget on the page has, and its `for` names them, so the career the
 * reader chooses is the one they show.
 *
 * @param array[] $written Each element's tag and its attributes as HTML.
 * @return string
 */
function career_widgets_elements_html( array $written ) {
	static $widgets_on_page = 0;
	$searches = array();
	$others   = array();
	foreach ( $written as $element ) {
		if ( 'career-search' === $element[0] ) {
			$searches[] = $element;
		} else {
			$others[] = $element;
		}
	}
	if ( $searches && $others ) {
		$ids = array();
		foreach ( $others as $index => $element ) {
			++$widgets_on_page;
			$ids[]                = 'career-widgets-' . $widgets_on_page;
			$others[ $index ][1] .= sprintf( ' id="%s"', esc_attr( end( $ids ) ) );
		}
		foreach ( $searches as $index => $element ) {
			$searches[ $index ][1] .= sprintf( ' for="%s"', esc_attr( implode( ' ', $ids ) ) );
		}
	}
	$html = '';
	foreach ( array_merge( $searches, $others ) as list( $tag, $attributes ) ) {
		$html .= "<$tag$attributes></$tag>";
	}
	return $html;
}

/**
 * Whether a value is one the element takes for an attribute.
 *
 * @param array  $element An entry of career_widgets_elements().
 * @param string $name    The attribute's name.
 * @param string $value   Its value, trimmed.
 * @return bool
 */
function career_widgets_valid( array $element, $name, $value ) {
	$rule = $element['attributes'][ $name ];
	if ( is_array( $rule ) && isset( $rule['values'] ) ) {
		return in_array( $value, $rule['values'], true );
	}
	if ( is_array( $rule ) && isset( $rule['boolean'] ) ) {
		return in_array( $value, array( 'true', 'false' ), true );
	}
	switch ( $name ) {
		case 'career':
			return strlen( $value ) <= CAREER_WIDGETS_CAREER_MAX_LENGTH && (bool) preg_match( CAREER_WIDGETS_CAREER_PATTERN, $value );
		case 'lang':
			return in_array( $value, career_widgets_locales(), true );
		case 'year':
			return (bool) preg_match( '/^\d{4}$/', $value );
		case 'heading-level':
			return (bool) preg_match( '/^[1-6]$/', $value );
		case 'pay-min':
		case 'pay-max':
			return (bool) preg_match( '/^\d{1,7}$/', $value );
		case 'limit':
			return (bool) preg_match( '/^[1-9]\d{0,2}$/', $value );
		case 'sections':
			return (bool) preg_match( '/^[a-z-]+(?:[\s,]+[a-z-]+)*$/', $value );
		case 'heading':
		case 'label':
			return strlen( $value ) <= CAREER_WIDGETS_TEXT_MAX_LENGTH;
		case 'href-template':
			return strlen( $value ) <= CAREER_WIDGETS_TEXT_MAX_LENGTH && wp_kses_bad_protocol( $value, wp_allowed_protocols() ) === $value;
		default:
			return false;
	}
}
