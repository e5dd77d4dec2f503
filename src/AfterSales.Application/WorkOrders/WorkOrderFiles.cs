using AfterSales.Application.Abstractions;
using AfterSales.Application.Files;
using Dapper;

namespace AfterSales.Application.WorkOrders;

/// <summary>X-6: a work order's photos and its customer's signature are read by whoever may read the order .</summary>
public sealed class WorkOrderFiles(IReadDatabase reads, WorkOrderAccess access) : IFileRecords
{
    public async Task<bool?> CallerMayReadAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var orders = await reads.ReadAsync(
            connection => connection.QueryAsync<(Guid? TechnicianId, string? Team)>(new CommandDefinition(
                """
                SELECT o.technician_id, o.team
                FROM aftersales.work_orders o
                WHERE o.sign_off_signature_file_id = @fileId
                   OR EXISTS (SELECT 1 FROM aftersales.work_order_photos p WHERE p.work_order_id = o.id AND p.file_id = @fileId)
                """,
                new { fileId },
                cancellationToken: cancellationToken)),
            cancellationToken);
        if (!orders.Any())
        {
            return null;
        }

        foreach (var (technicianId, team) in orders)
        {
            if (await access.SeesAsync(technicianId, team, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
