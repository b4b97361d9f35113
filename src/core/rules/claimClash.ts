// A name that clashes with a claim template's (a second claim template, or a template volume the
// claim replaces), reported at the name and pointing at the claim template it clashes with.
import { pathOf } from '../model/access';
import { quote } from '../model/names';
import type { NamedItem } from '../model/statefulSet';
import type { YNode } from '../model/types';
import type { CheckContext } from './defineRule';

export function reportClaimClash(ctx: CheckContext<'message'>, nameNode: YNode | undefined, item: NamedItem, claim: NamedItem): void {
  const path = pathOf(nameNode);
  const claimPath = pathOf(claim.node);
  ctx.report({
    range: item.name.range,
    path,
    messageId: 'message',
    args: [path, quote(item.name.value), claimPath],
    related: [{ resource: ctx.resource, range: claim.name.range, message: `${claimPath}.metadata.name ${quote(claim.name.value)}` }],
    data: { name: item.name.value },
  });
}
