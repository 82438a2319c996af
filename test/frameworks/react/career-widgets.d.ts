/// <reference types="career-widgets/react" />
