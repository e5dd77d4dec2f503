namespace AfterSales.Api.Auth;

/// <summary>Claim names inside an access token.</summary>
public static class AccessClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string TechnicianId = "technician_id";
}
