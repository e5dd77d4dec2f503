namespace AfterSales.Infrastructure.Persistence.Configurations;

/// <summary>Serial numbers, asset tags and employee numbers are the same whatever their letter case.</summary>
internal static class Collations
{
    public const string CaseInsensitive = "case_insensitive";
}
