/** Marks the element that holds the selection menu, so focus inside it keeps the selection. */
export const SELECTION_MENU_ATTRIBUTE = 'data-selection-menu';
