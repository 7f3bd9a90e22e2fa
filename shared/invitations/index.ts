// The invitation builders in one import: calendar files, message text and who is invited.
export * from './ics';
export * from './ics-format';
export * from './invitees';
export * from './message';
export * from './links';
