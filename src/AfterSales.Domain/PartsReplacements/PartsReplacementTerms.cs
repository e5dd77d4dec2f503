namespace AfterSales.Domain.PartsReplacements;

/// <summary>PS-1: why the customer needs the part.</summary>
public enum ReplacementReason
{
    /// <summary>Missing from equipment delivered to the customer.</summary>
    Missing,

    /// <summary>Broken on equipment delivered to the customer.</summary>
    Broken,

    /// <summary>A part the customer fits themselves.</summary>
    CustomerFits,
}

/// <summary>PS-1: open until a named person responds with the plan, then shipped (PR-3).</summary>
public enum ReplacementStatus
{
    Open,
    Responded,
    Shipped,
}

/// <summary>Everything that can be done to a parts-replacement request; <see cref="PartsReplacementLifecycle"/> says in which statuses.</summary>
public enum ReplacementAction
{
    Respond,
    Ship,
}

/// <summary>PS-1: the part asked for.</summary>
public sealed record RequestedPart(string PartNumber, string Name, int Quantity);
