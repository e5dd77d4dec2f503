using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Actions;
using AfterSales.Domain.Complaints;
using AutoMapper;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints;

/// <summary>An action on one existing complaint: <c>POST /complaints/{id}/{action}</c>; the body is the derived record.</summary>
public abstract record ComplaintAction : AggregateAction<ComplaintResponse>;

/// <summary>A complaint action on a complaint the caller may see, answered with the complaint.</summary>
public abstract class ComplaintActionHandler<TAction>(IAfterSalesDbContext db, ComplaintAccess access, IMapper mapper)
    : AggregateActionHandler<Complaint, TAction, ComplaintResponse>(db, mapper)
    where TAction : ComplaintAction
{
    protected ComplaintAccess Access => access;

    protected override DbSet<Complaint> Aggregates => Db.Complaints;

    protected override void EnsureVisible(Complaint complaint) => access.EnsureVisible(complaint);
}
