using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-9 (r2): a photo of the work, an uploaded file the order refers to.</summary>
public sealed class Photo
{
    private Photo()
    {
        AddedBy = null!;
    }

    internal Photo(Guid fileId, string? caption, string addedBy, DateTimeOffset addedAt)
    {
        Id = Guid.CreateVersion7();
        FileId = fileId;
        Caption = Require.OptionalText(caption, 200);
        AddedBy = Require.Text(addedBy, 100);
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    public Guid FileId { get; private set; }

    public string? Caption { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
