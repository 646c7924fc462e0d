/** The back office's words for old documents deposited at the box (issue 9): collect, hand over for cancellation. */
export const deposits = {
  deposits: {
    heading: 'Alte Ausweisdokumente aus dem Abgabefach',
    intro:
      'Bürgerinnen und Bürger legen ihr altes Dokument in das Abgabefach der DokBox. Nehmen Sie es heraus und geben Sie es zur Entwertung ins Bürgeramt.',
    toCollect: 'Im Abgabefach',
    toCollectEmpty: 'Zurzeit liegt kein altes Dokument im Abgabefach.',
    toHandOver: 'Herausgenommen, noch nicht im Amt abgegeben',
    toHandOverEmpty: 'Zurzeit ist kein altes Dokument abzugeben.',
    compartment: 'Fach',
    number: 'Nummer (gekürzt)',
    forDocument: 'Zum neuen Dokument',
    status: 'Stand',
    since: 'Seit',
    action: 'Aktion',
    collect: 'Abgabefach öffnen',
    collectFor: 'Abgabefach {{number}} öffnen',
    takeOut: 'Nehmen Sie alle alten Dokumente aus Fach {{number}} und schließen Sie die Tür.',
    collected:
      'Die alten Dokumente sind aus dem Abgabefach genommen. Bitte im Bürgeramt zur Entwertung abgeben.',
    handOver: 'Im Amt abgegeben',
    handOverFor: 'Altes Dokument zu {{reference}} im Amt abgegeben',
    handedOver: 'Als zur Entwertung abgegeben vermerkt.',
    statuses: {
      deposited: 'abgegeben und geprüft',
      held: 'zurückgehalten: bitte der Person zurückgeben',
      collected: 'herausgenommen',
    },
    refusals: {
      mismatch: 'passt nicht zum neuen Dokument',
      unreadable: 'nicht lesbar',
      reader_fault: 'Lesegerät gestört',
      no_sensor: 'ohne Sensor nicht geprüft',
      timed_out: 'zu spät eingelegt, nicht geprüft',
    },
  },
};
