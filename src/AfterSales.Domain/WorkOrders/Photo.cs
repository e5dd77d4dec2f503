using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-9: a photo of the work, stored elsewhere; the order keeps its reference.</summary>
public sealed class Photo
{
    private Photo()
    {
        Reference = null!;
        AddedBy = null!;
    }

    internal Photo(string reference, string? caption, string addedBy, DateTimeOffset addedAt)
    {
        Id = Guid.CreateVersion7();
        Reference = Require.Text(reference, 500);
        Caption = Require.OptionalText(caption, 200);
        AddedBy = Require.Text(addedBy, 100);
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    public string Reference { get; private set; }

    public string? Caption { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
