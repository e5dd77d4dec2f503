using AfterSales.Domain.Common;
using AfterSales.Domain.Files;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-9: the customer's confirmation that the work is done; (r2) with their signature, an uploaded file .</summary>
public sealed record CustomerSignOff
{
    public CustomerSignOff(string name, DateTimeOffset at, Guid? signatureFileId)
    {
        Name = Require.Text(name, 100);
        At = at.ToUniversalTime();
        SignatureFileId = signatureFileId;
    }

    public string Name { get; private init; }

    public DateTimeOffset At { get; private init; }

    /// <summary>The signature image or the photo of the signed service sheet; none on sign-offs from before revision 2.</summary>
    public Guid? SignatureFileId { get; private init; }

    /// <summary>WO-9 (r2): a sign-off signed on <paramref name="signature"/>, which must be a completed upload .</summary>
    public static CustomerSignOff SignedOn(string name, DateTimeOffset at, FileUpload? signature)
    {
        signature?.EnsureComplete();
        return new CustomerSignOff(name, at, signature?.Id);
    }
}
