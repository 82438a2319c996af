/// <reference types="career-widgets/svelte" />
