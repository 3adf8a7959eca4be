/** Limits the engine's answers respect so any front end can show them whole. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME_LENGTH = 100;
export const MAX_CHOICE_VALUE_LENGTH = 100;
