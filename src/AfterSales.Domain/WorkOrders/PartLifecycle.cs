using AfterSales.Domain.Common;
using static AfterSales.Domain.WorkOrders.PartStatus;
using static AfterSales.Domain.WorkOrders.PartStep;

namespace AfterSales.Domain.WorkOrders;

/// <summary>
/// WO-11 (r2): a part's lifecycle as one table: each step, the statuses it may start from, and the refusal anywhere
/// else. Which status a step leads to is the step's own business (Finance's approval may still need the Director's).
/// </summary>
public static class PartLifecycle
{
    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    private static readonly Dictionary<PartStep, Transition> Table = new()
    {
        //                          "part P-100 cannot be …"        allowed from
        [FinanceApproval] =  new("approved by Finance",          [Requested]),
        [DirectorApproval] = new("approved by the Director",     [AwaitingDirector]),
        [BookOut] =          new("booked out",                   [Approved]),
        [Fit] =              new("fitted",                       [Issued]),
        [BookBackUnused] =   new("booked back unused",           [Issued]),
        [Withdraw] =         new("withdrawn",                    [Requested, AwaitingDirector, Approved]),
    };
    #pragma warning restore format

    public static bool Allows(PartStatus status, PartStep step) => Table[step].AllowedFrom.Contains(status);

    /// <summary>Issued and not yet fitted: out of the warehouse and still due back if unused.</summary>
    public static bool IsOutUnfitted(PartStatus status) => status == Issued;

    /// <summary>Refuses <paramref name="step"/> for a part whose status does not allow it, naming WO-11.</summary>
    internal static void Ensure(Part part, PartStep step)
    {
        if (!Allows(part.Status, step))
        {
            var transition = Table[step];
            throw new BusinessRuleViolationException("WO-11", $"part {part.PartNumber} cannot be {transition.Verb} while it is {part.Status}");
        }
    }

    private sealed record Transition(string Verb, PartStatus[] AllowedFrom);
}
