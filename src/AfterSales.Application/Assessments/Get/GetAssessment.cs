using AfterSales.Application.Abstractions;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Common;
using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Assessments.Get;

public sealed record GetAssessment(Guid Id) : IQuery<AssessmentResponse>;

/// <summary>
/// An assessment as it stands now: while draft or scored its month data is recomputed for the answer
/// (AS-1) without being saved, so reading changes nothing; the next change saves what it then computes.
/// </summary>
public sealed class GetAssessmentHandler(IAfterSalesDbContext db, AssessmentAccess access, AssessmentCalculator calculator, IMapper mapper)
    : IQueryHandler<GetAssessment, AssessmentResponse>
{
    public async ValueTask<AssessmentResponse> Handle(GetAssessment query, CancellationToken cancellationToken)
    {
        var assessment = await db.MonthlyAssessments.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(MonthlyAssessment), query.Id);
        await access.EnsureVisible(assessment, cancellationToken);
        await calculator.RefreshAsync(assessment, cancellationToken);
        return mapper.Map<AssessmentResponse>(assessment);
    }
}
