// What each section of the meeting page (Undangan, Kehadiran, Pembicara, Notulen) receives.
import type { Meeting } from '../../../shared/domain/meeting';
import type { MeetingDoc } from './meeting-doc';

export interface SectionProps {
  meeting: Meeting;
  doc: MeetingDoc;
}
