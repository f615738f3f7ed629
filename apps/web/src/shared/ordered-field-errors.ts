/** A form's field errors in the order of its fields, then any error about something the form does not show. */
export function orderedFieldErrors<E>(
  errors: Partial<Record<string, E>>,
  fieldOrder: readonly string[],
): Array<[string, E]> {
  const entries = Object.entries(errors).filter((entry): entry is [string, E] => entry[1] !== undefined);
  const rank = (field: string) => {
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return entries.sort(([a], [b]) => rank(a) - rank(b));
}
