import { forms } from '../plural'
import type { FormTexts } from './de'

export const en: FormTexts = {
  page: {
    backHint: 'Please use your browser’s back button to return to the form: what you typed is still there.',
    backToForm: 'Back to the form',
    home: 'Home page',
  },
  minutes: forms({ one: '# minute', other: '# minutes' }),
  check: 'Please check your details.',
  emailInvalid: (value) =>
    `“${value}” is not a valid e-mail address. Please check the spelling, e.g. name@example.org.`,
  spam: {
    trap: 'Your message could not be processed. Please write us an e-mail.',
    incomplete: 'The form arrived incomplete. Please reload the page and send it again.',
    fast: 'The form was sent very quickly. Please check your details and send it again.',
  },
  enquiry: {
    target: 'This form belongs to no offer. Please open the page of the offer or club again.',
    nameMissing: 'Please enter your name.',
    nameLong: (max) => `Your name may be at most ${max} characters long.`,
    nameBreak: 'Your name must not contain line breaks or control characters. Please write it on one line.',
    emailMissing: 'Please enter your e-mail address. The club will answer you there.',
    phoneInvalid: 'The phone number may contain only digits, spaces and + ( ) / -, at most 40 characters.',
    messageMissing: 'Please write a short message: what interests you, what would you like to know?',
    messageLong: (length, max) =>
      `Your message is ${length} characters long; at most ${max} are allowed. Please shorten it.`,
    availabilityLong: (max) => `“When suits you?” may be at most ${max} characters long.`,
    consent:
      'Please confirm that you have read the privacy notice. Without your consent we may not pass on your message.',
    tooLarge: (max) => `Your message is too long. At most ${max} characters are allowed. Please shorten it.`,
    tooMany: (wait) =>
      `Too many messages came from your connection in a short time. Please try again in ${wait}.`,
    tooManyAddress:
      'Several enquiries came from this e-mail address today. Please try again tomorrow or write to the club directly.',
    gone: 'This offer is no longer online. Please reload the page.',
    sent: (name) =>
      `Thank you! Your message has reached ${name}. You will get a confirmation by e-mail shortly; the club usually answers within a week.`,
    titles: { tooMany: 'Too many messages', tooLarge: 'Message too long', failed: 'Message not sent' },
  },
  withdraw: {
    notFoundTitle: 'Enquiry not found',
    notFound:
      'This enquiry no longer exists: it has already been deleted, or the link is incomplete. There is nothing more to do.',
    deletedTitle: 'Enquiry deleted',
    deleted:
      'Your enquiry and all your details have been deleted. The club may still have the e-mail it received; you can ask it to delete it too.',
    askTitle: 'Withdraw your enquiry?',
    ask: 'The button deletes your enquiry and all your details at once. This cannot be undone.',
    button: 'Delete my enquiry now',
  },
  confirmation: {
    subject: (association) => `Your enquiry to ${association}`,
    hello: (name) => `Hello ${name},`,
    thanksOffer: (offer, association) =>
      `thank you for your interest in the volunteering offer “${offer}”. We have passed your message on to ${association}.`,
    thanksAssociation: (association) => `thank you for your message. We have passed it on to ${association}.`,
    next: (association, email) =>
      `What happens next: someone from ${association} will answer you by e-mail at ${email}, usually within a week. The club decides itself; the city only passes on your message.`,
    message: (message) => `What you sent:\n${message}`,
    availability: (value) => `When suits you: ${value}`,
    phone: (value) => `Phone: ${value}`,
    retention: (days) =>
      `Your details are deleted automatically at the latest ${days} days after the enquiry is closed. If you change your mind, the following link deletes your enquiry at once.`,
    withdrawLink: 'Withdraw and delete my enquiry',
  },
  mail: { greeting: 'Kind regards', team: 'The editorial team of Unser Neubrandenburg' },
  subscribe: {
    tooMany: (wait) =>
      `Too many requests came from your connection in a short time. Please try again in ${wait}.`,
    tooManyAddress: 'Several requests came for this e-mail address today. Please try again tomorrow.',
    tooLarge: 'The form is too large. Please choose fewer entries.',
    sent: 'Almost done: we have sent you an e-mail. Please confirm your notifications there within 48 hours.',
    titles: { tooMany: 'Too many requests', tooLarge: 'Form too large', failed: 'Not subscribed' },
    emailMissing: 'Please enter your e-mail address. We will send the notifications there.',
    nothing: 'Please choose at least one topic, district, club or kind of post.',
    tooManyChoices: (max) => `Please choose at most ${max} entries per list.`,
    unknown: 'One of your choices no longer exists. Please reload the page.',
    consent:
      'Please confirm that you have read the privacy notice. Without your consent we may not send you anything.',
    notFoundTitle: 'Subscription not found',
    notFound:
      'There is no subscription (any more) for this link: it was cancelled, not confirmed in time, or the link is incomplete. There is nothing else to do.',
    confirmTitle: 'Confirm notifications',
    confirmAsk: 'One click and your notifications start.',
    confirmButton: 'Confirm now',
    confirmedTitle: 'Notifications confirmed',
    confirmed: 'Thank you. You will get a digest when something matching your choice is published.',
    manageLink: 'Manage your notifications',
    unsubscribeTitle: 'Unsubscribe?',
    unsubscribeAsk: 'The button deletes your address and your choice.',
    unsubscribeButton: 'Unsubscribe now',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribed: 'Your address and your choice are deleted.',
    manage: {
      title: 'Your notifications',
      intro: (email) => `Notifications for ${email}.`,
      topics: 'Topics',
      districts: 'Districts',
      associations: 'Clubs',
      kinds: 'Kinds',
      frequency: 'How often',
      daily: 'daily',
      weekly: 'weekly',
      save: 'Save choice',
      saved: 'Your choice is saved.',
      notSaved: 'Not saved',
      calendarTitle: 'Personal calendar',
      calendarHint: 'Subscribe to this address in your calendar app:',
      calendarNew: 'New calendar link (the old one stops working)',
      calendarReplaced: 'The old calendar link no longer works.',
      unsubscribeTitle: 'Unsubscribe',
      unsubscribeButton: 'Unsubscribe and delete my address',
    },
    kinds: {
      events: 'Events',
      offers: 'Volunteering offers',
      news: 'News',
      participation: 'Participation procedures',
    },
    confirmMail: {
      subject: 'Please confirm your notifications – Unser Neubrandenburg',
      hello: 'Hello,',
      asked: 'someone (probably you) asked for notifications from Unser Neubrandenburg to this address.',
      within: (hours) =>
        `Please confirm with the link below within ${hours} hours. Without confirmation we delete the address then.`,
      ignore: 'If you did not ask for this, you can ignore this e-mail.',
      button: 'Confirm notifications',
    },
    digest: {
      subject: forms({ other: '# new on Unser Neubrandenburg' }),
      intro: (count) => `New on Unser Neubrandenburg for your choice (${count}):`,
      manage: 'Change your choice or unsubscribe:',
    },
    push: forms({ one: '# new post for you', other: '# new posts for you' }),
    calendarName: 'Unser Neubrandenburg – my calendar',
  },
  account: {
    tooManyTitle: 'Too many requests',
    tooMany: (wait) =>
      `Too many requests came from your connection in a short time. Please try again in ${wait}.`,
    tooLargeTitle: 'Request too large',
    tooLarge: 'Your request is too long. Please shorten your details.',
    failedTitle: 'Request not sent',
    sentTitle: 'Request sent',
    thanks: (email) =>
      `Thank you! Your request has reached the editorial team. We usually check it within a few working days and then send you an e-mail at ${email}.`,
    nameMissing: 'Please enter your name.',
    nameLong: (max) => `Your name may be at most ${max} characters long.`,
    associationMissing: 'Please enter the name of your club or initiative.',
    associationLong: (max) => `The name of the club may be at most ${max} characters long.`,
    emailMissing: 'Please enter your e-mail address. We will send you the link to set your password there.',
    consent:
      'Please confirm that you have read the privacy notice. Without your consent we may not process your details.',
  },
}
