// Words of live updates: two windows or tabs on one meeting.
export const live = {
  replacedTitle: 'Diganti dari jendela lain',
  replacedBody: 'Teks ini baru saja diubah di tab atau jendela lain, dan perubahan itu yang berlaku. Teks Anda sebelumnya:',
  empty: '(kosong)',
  useMine: 'Pakai teks saya',
  keepTheirs: 'Biarkan yang baru',
};
