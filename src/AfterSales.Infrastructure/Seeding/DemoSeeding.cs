namespace AfterSales.Infrastructure.Seeding;

/// <summary>What a demo seeding loaded: the demo users and their one password, which is shown once and kept nowhere in clear.</summary>
public sealed record DemoSeeding(bool Loaded, string? Password, IReadOnlyList<DemoUser> Users)
{
    public static readonly DemoSeeding Skipped = new(Loaded: false, Password: null, Users: []);
}

/// <summary>A demo user: the role they have and, for a technician, the employee number they are linked to.</summary>
public sealed record DemoUser(string UserName, string DisplayName, string Role, string? EmployeeNumber);
