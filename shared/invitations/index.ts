// The invitation builders in one import: calendar files, message text and shared wording.
export * from './ics';
export * from './ics-format';
export * from './meeting-words';
export * from './message';
