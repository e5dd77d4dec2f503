using System.Buffers.Binary;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AfterSales.Domain.Common;

namespace AfterSales.Application.WorkOrders.Changes;

/// <summary>
/// where a sync left off — the PostgreSQL snapshot the feed was read in (<c>xmin:xmax:running,…</c>), and whose
/// feed it is. The next sync returns the rows whose writing transaction that snapshot could not see: those that
/// committed after it, in whatever order, and those still running then. No change is skipped however writes interleave
/// and none is repeated (decision 0013). Transaction ids are PostgreSQL's, so a token outlives a restart and works on
/// every instance. Opaque to clients: base64url of a version byte, a digest of the user and technician it was given to,
/// and the snapshot.
/// </summary>
public readonly record struct ChangeToken(ulong Holder, string Snapshot)
{
    private const byte Version = 1;
    private const int HeaderLength = 1 + sizeof(ulong);

    /// <summary>A snapshot lists the transactions running when it was taken: one per connection at most, which this bounds generously.</summary>
    private const int MaxSnapshotLength = 8 * 1024;

    /// <summary>
    /// The holder digest: not a secret (the feed only ever reads the caller's own orders), it only tells a token that
    /// belongs to someone else — a shared phone, a copied token — from one of the caller's own.
    /// </summary>
    public static ulong HolderOf(string userName, Guid technicianId) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{userName}\n{technicianId:N}")));

    public override string ToString()
    {
        var bytes = new byte[HeaderLength + Encoding.ASCII.GetByteCount(Snapshot)];
        bytes[0] = Version;
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(1), Holder);
        Encoding.ASCII.GetBytes(Snapshot, bytes.AsSpan(HeaderLength));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The token <paramref name="text"/>, when it is one this feed gave to <paramref name="holder"/>; else a 400 saying which it is not.</summary>
    public static ChangeToken Parse(string text, ulong holder)
    {
        // TryDecodeFromChars only tries the destination's size: it throws on characters that are not base64url.
        if (text.Length > Base64Url.GetEncodedLength(HeaderLength + MaxSnapshotLength) || !Base64Url.IsValid(text))
        {
            throw Malformed();
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!Base64Url.TryDecodeFromChars(text, bytes, out var written) || written <= HeaderLength || bytes[0] != Version)
        {
            throw Malformed();
        }

        var snapshot = Encoding.ASCII.GetString(bytes, HeaderLength, written - HeaderLength);
        if (!IsSnapshot(snapshot))
        {
            throw Malformed();
        }

        return BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(1)) == holder
            ? new ChangeToken(holder, snapshot)
            : throw new InvalidInputException("since", "X-8: this token was given to another user or technician: leave since out to sync from scratch.");
    }

    private static InvalidInputException Malformed() =>
        new("since", "This is not a token the change feed gave out: send the last nextToken as it was received, or leave since out to sync from scratch.");

    /// <summary>What PostgreSQL accepts as a <c>pg_snapshot</c>: xmin ≤ each running id &lt; xmax, in ascending order.</summary>
    private static bool IsSnapshot(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3 || !TryParse(parts[0], out var xmin) || !TryParse(parts[1], out var xmax) || xmin > xmax)
        {
            return false;
        }

        var previous = xmin;
        foreach (var running in parts[2].Length == 0 ? [] : parts[2].Split(','))
        {
            if (!TryParse(running, out var xid) || xid < previous || xid >= xmax)
            {
                return false;
            }

            previous = xid;
        }

        return true;
    }

    private static bool TryParse(string digits, out ulong xid) =>
        ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out xid) && xid > 0;
}
