/**
 * Payroll's employee number (henkilönumero): letters, digits and dashes, as payroll systems write
 * them. Here, below users, because single sign-on reads it too; the staff import and the admin page
 * use the same rule.
 */
export const employeeNumberPattern = /^[A-Za-z0-9-]{1,32}$/;
