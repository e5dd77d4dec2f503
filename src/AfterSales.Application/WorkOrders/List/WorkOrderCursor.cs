using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace AfterSales.Application.WorkOrders.List;

/// <summary>
/// Where a cursor page of the newest-first list stopped: the last row's received time and number (unique,
/// so ties on the time are broken). Opaque to clients; base64url text.
/// </summary>
public readonly record struct WorkOrderCursor(DateTimeOffset ReceivedAt, string Number)
{
    private const int NumberMaxLength = 20;

    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{ReceivedAt.UtcTicks}:{Number}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static WorkOrderCursor Parse(string text)
    {
        try
        {
            var padded = text.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':', 2);
            // Only a number as this list gives them out reaches PostgreSQL: a control character would be refused there.
            if (parts[1].Length is 0 or > NumberMaxLength || parts[1].Any(char.IsControl))
            {
                throw new FormatException("Not a work-order number.");
            }

            return new WorkOrderCursor(new DateTimeOffset(long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Zero), parts[1]);
        }
        catch (Exception exception) when (exception is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new ValidationException([new ValidationFailure("cursor", "This is not a cursor this list gave out.")]);
        }
    }
}
