namespace AfterSales.Application.Security;

/// <summary>The roles of DOMAIN.md, as they appear in access tokens.</summary>
public static class Roles
{
    public const string Dispatcher = nameof(Dispatcher);
    public const string Technician = nameof(Technician);
    public const string TeamLead = nameof(TeamLead);
    public const string Manager = nameof(Manager);

    /// <summary>Everything a Manager may do, plus what only the director decides (CP-2, CP-8).</summary>
    public const string Director = nameof(Director);

    public const string Finance = nameof(Finance);
    public const string Warehouse = nameof(Warehouse);
    public const string Sales = nameof(Sales);
    public const string Quality = nameof(Quality);
    public const string HR = nameof(HR);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Dispatcher, Technician, TeamLead, Manager, Director, Finance, Warehouse, Sales, Quality, HR, Admin];

    /// <summary>The after-sales manager and the director above them: wherever a Manager may act, so may a Director.</summary>
    public static readonly IReadOnlyList<string> Management = [Manager, Director];
}
