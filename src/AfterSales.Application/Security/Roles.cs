namespace AfterSales.Application.Security;

/// <summary>The roles of DOMAIN.md, as they appear in access tokens.</summary>
public static class Roles
{
    public const string Dispatcher = nameof(Dispatcher);
    public const string Technician = nameof(Technician);
    public const string TeamLead = nameof(TeamLead);
    public const string Manager = nameof(Manager);
    public const string Finance = nameof(Finance);
    public const string HR = nameof(HR);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Dispatcher, Technician, TeamLead, Manager, Finance, HR, Admin];
}
