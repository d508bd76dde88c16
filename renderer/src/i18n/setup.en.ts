/** The first-day checklist on the overview (issue 10 #13) and what empty screens say. */
export const setupEn = {
  firstSteps: {
    title: 'Getting started: the first day of a new post',
    intro: 'Do these steps in order; each is ticked when it is done.',
    done: 'Done',
    compound: { title: '1. Fill in the compound', hint: 'name, closure start date and length' },
    buildings: { title: '2. Add the buildings', hint: 'a household file is made for every room' },
    residents: {
      title: '3. Register residents or import a list',
      hint: 'door to door, or import the property list from Excel',
    },
    team: { title: '4. Team and posts', hint: 'the five-in-one team and volunteers, and each gate' },
    roster: { title: '5. Make the roster', hint: 'every gate staffed 24 hours' },
    hotels: { title: '6. Add the quarantine hotels', hint: 'the hotels and rooms the town arranged' },
  },
  empty: {
    noGuests: 'No guests in the hotels yet.',
    noPosts: 'No posts yet: add people, posts and their shifts on the Team page, then make the roster.',
    noShifts: 'No roster for these days yet: pick the start and the days, then press Generate roster.',
    noRooms: 'No rooms yet: add buildings on the Buildings page, or import a residents list.',
  },
} as const;
