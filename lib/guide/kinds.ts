/**
 * Names of the guide's condition and locator kinds, apart from the zod schema so runtime code (the
 * content script) can use them without pulling the validator into its bundle.
 */
export const TARGET_LOCATOR_KEYS = ['css', 'text', 'label', 'name', 'testId', 'formControl', 'id'] as const;

export const DONE_KINDS = ['url', 'appears', 'text', 'filled', 'clicked', 'confirm'] as const;
