import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Empty, Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useState, type Key } from 'react';
import { errorMessage } from '../../lib/api';
import { m } from '../../lib/messages';
import { listOrgUnits, orgKeys, type OrgUnitItem } from './org.api';

const CHILD_PAGE = 500;

interface Props {
  asOf: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function toNodes(items: readonly OrgUnitItem[], children: Record<string, OrgUnitItem[]>): DataNode[] {
  return items.map((u) => ({
    key: u.id,
    title: u.name,
    isLeaf: !u.hasChildren,
    children: children[u.id] ? toNodes(children[u.id] ?? [], children) : undefined,
  }));
}

/** The org tree in force on `asOf`, loaded one level at a time. Remount it (key) when the date changes. */
export function OrgTree({ asOf, selectedId, onSelect }: Props) {
  const client = useQueryClient();
  const rootQuery = { asOf, pageSize: CHILD_PAGE };
  const roots = useQuery({ queryKey: orgKeys.list(rootQuery), queryFn: () => listOrgUnits(rootQuery) });
  const [children, setChildren] = useState<Record<string, OrgUnitItem[]>>({});
  const [expanded, setExpanded] = useState<Key[]>([]);

  const loadChildren = async (parentId: string) => {
    if (children[parentId]) return;
    const query = { asOf, parentId, pageSize: CHILD_PAGE };
    const page = await client.fetchQuery({
      queryKey: orgKeys.list(query),
      queryFn: () => listOrgUnits(query),
    });
    setChildren((prev) => ({ ...prev, [parentId]: page.items }));
  };

  if (roots.isPending) return <Spin description={m.app.loading} />;
  if (roots.error) return <Alert type="error" showIcon title={errorMessage(roots.error)} />;
  if (roots.data.items.length === 0) return <Empty description={m.org.noRoots} />;

  return (
    <Tree
      aria-label={m.org.tree}
      showLine
      blockNode
      treeData={toNodes(roots.data.items, children)}
      loadData={(node) => loadChildren(String(node.key))}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys)}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(String(key));
      }}
    />
  );
}
