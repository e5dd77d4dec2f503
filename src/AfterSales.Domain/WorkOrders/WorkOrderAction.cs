namespace AfterSales.Domain.WorkOrders;

/// <summary>Everything that can be done to a work order; <see cref="WorkOrderLifecycle"/> says in which statuses.</summary>
public enum WorkOrderAction
{
    Assign,
    RecordContact,
    ChooseMethod,
    RecordArrival,
    RecordQuote,
    AcceptQuote,
    ApproveQuoteDiscount,
    StartWork,
    AddTimeEntry,
    AddPhoto,
    CarryBack,
    ReturnToCustomer,
    Resolve,
    RecordFollowUp,
    Reopen,
    Cancel,
    RequestPart,
    ApprovePart,
    BookOldPartIn,
    WaiveOldPartReturn,
    RecordPayment,
    RemitPayment,
    HandOver,
    PromiseResolution,
    ReconfirmVisit,
    InspectWorkshopRepair,
}
