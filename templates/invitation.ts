// Default wording of the invitation sent as a WhatsApp message and as an email. A line whose
// placeholders are all empty (e.g. "Passcode" for a meeting without one) is left out.
import type { TemplateDef } from './index';

export const INVITATION_WHATSAPP_KEY = 'invitation.whatsapp';
export const INVITATION_EMAIL_SUBJECT_KEY = 'invitation.email.subject';
export const INVITATION_EMAIL_BODY_KEY = 'invitation.email.body';
export const CANCEL_WHATSAPP_KEY = 'invitation.cancel.whatsapp';
export const CANCEL_EMAIL_SUBJECT_KEY = 'invitation.cancel.email.subject';
export const CANCEL_EMAIL_BODY_KEY = 'invitation.cancel.email.body';

const EMPTY_LINE = ' Bila kosong, baris yang hanya berisi isian kosong tidak ditampilkan.';

export const INVITATION_PLACEHOLDERS: Record<string, string> = {
  judul: 'Nama rapat, mis. "Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024"',
  hari_tanggal: 'Hari dan tanggal rapat, mis. "Rabu, 25 Mei 2022"',
  waktu: 'Waktu rapat dengan zona, mis. "09.00 WIB s.d. selesai" atau "09.00 s.d. 11.30 WIB"',
  moda: '"daring", "luring" atau "daring dan luring"',
  tempat: `Tempat rapat, mis. "Daring melalui Zoom", nama ruang untuk rapat luring, atau keduanya.${EMPTY_LINE}`,
  platform: `Aplikasi rapat daring, mis. "Zoom".${EMPTY_LINE}`,
  tautan: `Tautan (link) rapat daring, mis. "https://zoom.us/j/84512345678"; kosong untuk rapat luring atau bila tautan tidak valid.${EMPTY_LINE}`,
  meeting_id: `Meeting ID rapat daring, mis. "845 1234 5678".${EMPTY_LINE}`,
  passcode: `Passcode rapat daring.${EMPTY_LINE}`,
  acara: `Acara (agenda) rapat, bernomor, satu butir per baris: "1. ...".${EMPTY_LINE}`,
  peserta:
    'Peran yang diundang dalam kalimat, mis. "Anggota/Komisioner Divisi Sosdiklih Parmas; Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat; dan Operator Media Sosial"',
  tujuan:
    'KPU yang diundang, mis. "KPU Kabupaten/Kota se-Jawa Timur", atau nama satu KPU, mis. "KPU Kabupaten Tulungagung", bila pesan untuk satu KPU',
  provinsi: 'Wilayah dari kop surat di Pengaturan, mis. "Jawa Timur"',
  penyelenggara: 'Nama penyelenggara dari Pengaturan, mis. "KPU Provinsi Jawa Timur"',
  sapaan: 'Sapaan kepada penerima dari Pengaturan: "Saudara" atau "Bapak/Ibu"',
};

export const INVITATION_TEMPLATES: TemplateDef[] = [
  {
    key: INVITATION_WHATSAPP_KEY,
    label: 'Undangan: pesan WhatsApp',
    text: [
      '*UNDANGAN RAPAT*',
      '*{judul}*',
      '',
      'Yth. Ketua {tujuan}',
      '',
      'Dengan hormat, bersama ini kami mengundang {sapaan} untuk mengikuti rapat yang dilaksanakan secara {moda} pada:',
      '',
      '*Hari/Tanggal:* {hari_tanggal}',
      '*Waktu:* {waktu}',
      '*Tempat:* {tempat}',
      '*Tautan:* {tautan}',
      '*Meeting ID:* {meeting_id}',
      '*Passcode:* {passcode}',
      '',
      '*Acara:*',
      '{acara}',
      '',
      '*Peserta:* {peserta} dari {tujuan}.',
      '',
      'Mohon hadir tepat waktu dan menuliskan nama tampilan dengan format _Kab/Kota - Peran - Nama_, mis. _Kab. Tulungagung - Operator Medsos - Fajar_.',
      '',
      'Demikian, atas perhatian dan kehadiran {sapaan} kami ucapkan terima kasih.',
      '',
      '_{penyelenggara}_',
    ].join('\n'),
    placeholders: INVITATION_PLACEHOLDERS,
  },
  {
    key: INVITATION_EMAIL_SUBJECT_KEY,
    label: 'Undangan: subjek email',
    text: 'Undangan {judul} - {hari_tanggal}',
    placeholders: INVITATION_PLACEHOLDERS,
  },
  {
    key: INVITATION_EMAIL_BODY_KEY,
    label: 'Undangan: isi email',
    text: [
      'Yth. Ketua {tujuan}',
      '',
      'Dengan hormat,',
      '',
      'bersama ini kami mengundang {sapaan} untuk mengikuti {judul} yang dilaksanakan secara {moda} pada:',
      '',
      'Hari/Tanggal: {hari_tanggal}',
      'Waktu: {waktu}',
      'Tempat: {tempat}',
      'Tautan: {tautan}',
      'Meeting ID: {meeting_id}',
      'Passcode: {passcode}',
      '',
      'Acara:',
      '{acara}',
      '',
      'Peserta: {peserta} dari {tujuan}.',
      '',
      'Demikian, atas perhatian dan kehadiran {sapaan} kami ucapkan terima kasih.',
      '',
      'Hormat kami,',
      '{penyelenggara}',
    ].join('\n'),
    placeholders: INVITATION_PLACEHOLDERS,
  },
  {
    key: CANCEL_WHATSAPP_KEY,
    label: 'Pembatalan: pesan WhatsApp',
    text: [
      '*PEMBATALAN RAPAT*',
      '*{judul}*',
      '',
      'Yth. Ketua {tujuan}',
      '',
      'Dengan hormat, kami sampaikan bahwa rapat yang semula dijadwalkan pada:',
      '',
      '*Hari/Tanggal:* {hari_tanggal}',
      '*Waktu:* {waktu}',
      '*Tempat:* {tempat}',
      '',
      '*DIBATALKAN*. Undangan kalender rapat ini juga dibatalkan; jadwal pengganti akan kami sampaikan kemudian.',
      '',
      'Mohon maaf atas ketidaknyamanan ini. Atas perhatian {sapaan} kami ucapkan terima kasih.',
      '',
      '_{penyelenggara}_',
    ].join('\n'),
    placeholders: INVITATION_PLACEHOLDERS,
  },
  {
    key: CANCEL_EMAIL_SUBJECT_KEY,
    label: 'Pembatalan: subjek email',
    text: 'DIBATALKAN: {judul} - {hari_tanggal}',
    placeholders: INVITATION_PLACEHOLDERS,
  },
  {
    key: CANCEL_EMAIL_BODY_KEY,
    label: 'Pembatalan: isi email',
    text: [
      'Yth. Ketua {tujuan}',
      '',
      'Dengan hormat,',
      '',
      'kami sampaikan bahwa {judul} yang semula dijadwalkan pada:',
      '',
      'Hari/Tanggal: {hari_tanggal}',
      'Waktu: {waktu}',
      'Tempat: {tempat}',
      '',
      'dibatalkan. Undangan kalender rapat ini juga dibatalkan; jadwal pengganti akan kami sampaikan kemudian.',
      '',
      'Mohon maaf atas ketidaknyamanan ini.',
      '',
      'Hormat kami,',
      '{penyelenggara}',
    ].join('\n'),
    placeholders: INVITATION_PLACEHOLDERS,
  },
];
