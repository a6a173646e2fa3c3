/** German texts of the start page. */
export const homeTexts = {
  title: 'Übersicht',
  greeting: (name: string) => `Guten Tag, ${name}.`,
  intro: 'Hier sehen Sie, was jetzt Ihre Aufmerksamkeit braucht.',
} as const;
