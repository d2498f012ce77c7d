// The output contract's names for the core enums ("class_spec", "hourly", "adopted",
// "non-exempt", ...): what the JSON export writes, and what messages for people say.
#pragma once

#include <string_view>

#include "pipeline/core/records.h"

namespace agendum {

inline std::string_view name_of(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

inline std::string_view name_of(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::agenda:
      return "agenda";
    case DocumentKind::minutes:
      return "minutes";
    case DocumentKind::staff_report:
      return "staff_report";
    case DocumentKind::resolution:
      return "resolution";
    case DocumentKind::ordinance:
      return "ordinance";
    case DocumentKind::class_spec:
      return "class_spec";
    case DocumentKind::salary_schedule:
      return "salary_schedule";
    case DocumentKind::agreement:
      return "agreement";
    case DocumentKind::compensation_study:
      return "compensation_study";
    case DocumentKind::other:
      return "other";
  }
  return "other";
}

inline std::string_view name_of(PayUnit unit) {
  switch (unit) {
    case PayUnit::hourly:
      return "hourly";
    case PayUnit::biweekly:
      return "biweekly";
    case PayUnit::monthly:
      return "monthly";
    case PayUnit::annual:
      return "annual";
    case PayUnit::unknown:
      return "unknown";
  }
  return "unknown";
}

inline std::string_view name_of(PayContext context) {
  switch (context) {
    case PayContext::class_spec:
      return "class_spec";
    case PayContext::schedule:
      return "schedule";
    case PayContext::resolution:
      return "resolution";
    case PayContext::report:
      return "report";
  }
  return "report";
}

inline std::string_view name_of(ResolutionStatus status) {
  switch (status) {
    case ResolutionStatus::adopted:
      return "adopted";
    case ResolutionStatus::draft:
      return "draft";
    case ResolutionStatus::referenced:
      return "referenced";
  }
  return "draft";
}

inline std::string_view name_of(SpecStatus status) {
  switch (status) {
    case SpecStatus::proposed:
      return "proposed";
    case SpecStatus::revised:
      return "revised";
    case SpecStatus::existing:
      return "existing";
    case SpecStatus::adopted:
      return "adopted";
  }
  return "revised";
}

inline std::string_view name_of(Flsa flsa) {
  return flsa == Flsa::exempt ? "exempt" : "non-exempt";
}

inline std::string_view name_of(Change change) {
  return change == Change::deleted ? "deleted" : "inserted";
}

inline std::string_view name_of(MotionResult result) {
  return result == MotionResult::carried ? "carried" : "failed";
}

}  // namespace agendum
