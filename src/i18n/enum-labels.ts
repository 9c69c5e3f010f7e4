import type { Category, Industry, ProjectStatus, ProjectType } from '../domain/entity';
import { type Lang, translate } from './translate';

/*
 * Labels of the domain's enumerations in either language. The data stores the Chinese value;
 * the message keys are built from it, so the compiler checks every value has a label.
 */

export function industryLabel(value: Industry, lang: Lang): string {
  return translate(lang, `enum.industry.${value}`);
}

export function categoryLabel(value: Category, lang: Lang): string {
  return translate(lang, `enum.category.${value}`);
}

export function statusLabel(value: ProjectStatus, lang: Lang): string {
  return translate(lang, `enum.status.${value}`);
}

export function projectTypeLabel(value: ProjectType, lang: Lang): string {
  return translate(lang, `enum.projectType.${value}`);
}
