<?php
/**
 * The explorer block on the page: a <career-explorer> with the filters it opens with.
 *
 * @package career-widgets
 *
 * @var array $attributes The block's settings (block.json).
 */

defined( 'ABSPATH' ) || exit;

$career_widgets_markup = career_widgets_markup(
	array( 'career-explorer' ),
	array(
		'lang'          => $attributes['lang'],
		'theme'         => $attributes['theme'],
		'heading-level' => $attributes['headingLevel'],
		'interest'      => $attributes['interest'],
		'job-zone'      => $attributes['jobZone'],
		'education'     => $attributes['education'],
		'pay-min'       => $attributes['payMin'],
		'pay-max'       => $attributes['payMax'],
		'outlook'       => $attributes['outlook'],
		'sort'          => $attributes['sort'],
		'hash-state'    => $attributes['hashState'] ? 'true' : 'false',
	)
);
if ( '' !== $career_widgets_markup ) {
	// career_widgets_markup() escapes every value it writes.
	printf( '<div %s>%s</div>', get_block_wrapper_attributes(), $career_widgets_markup ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}
