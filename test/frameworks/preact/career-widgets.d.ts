/// <reference types="career-widgets/preact" />
