interface DepartmentSelectProps {
  id: string;
  defaultValue: string;
  departments: { id: string; name: string }[];
  noneLabel: string;
  className: string;
}

/** The department picker, with "no department" first; submits `departmentId` ('' for none). */
export function DepartmentSelect({ id, defaultValue, departments, noneLabel, className }: DepartmentSelectProps) {
  return (
    <select id={id} name="departmentId" defaultValue={defaultValue} className={className}>
      <option value="">{noneLabel}</option>
      {departments.map((department) => (
        <option key={department.id} value={department.id}>
          {department.name}
        </option>
      ))}
    </select>
  );
}
