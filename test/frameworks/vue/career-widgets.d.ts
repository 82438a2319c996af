/// <reference types="career-widgets/vue" />
