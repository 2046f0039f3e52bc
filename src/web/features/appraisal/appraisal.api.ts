import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppraisalAction } from '../../../domain/commendation/appraisal';
import { api } from '../../lib/api';

/** The shapes of /api/nominations/:id/appraisal and /api/appraisal/* (src/server/modules/appraisal). */

export type DeadlineState = 'done' | 'on_time' | 'due_soon' | 'overdue';

export interface StepDeadline {
  step: string;
  label: string;
  basis: string;
  startsOn: string;
  dueOn: string;
  doneOn: string | null;
  state: DeadlineState;
  stateLabel: string;
  workingDaysLeft: number;
  late: boolean;
}

export interface AppraisalPanelData {
  nomination: {
    id: string;
    status: string;
    statusLabel: string;
    subjectName: string;
    awardName: string;
    roundName: string;
    version: number;
    returnReason: string | null;
    notEligibleReason: string | null;
  };
  canAppraise: boolean;
  /** What the actor may do now (the dossier state machine × permissions), computed by the server. */
  allowedActions: AppraisalAction[];
  consultationRequired: boolean;
  appraisal: {
    receivedOn: string;
    completenessDoneOn: string | null;
    concludedOn: string | null;
    conclusion: string | null;
    conclusionReason: string | null;
  } | null;
  deadlines: StepDeadline[];
  checklist: {
    id: string;
    label: string;
    required: boolean;
    free: boolean;
    checked: boolean;
    note: string | null;
    checkedBy: string | null;
    checkedAt: string | null;
  }[];
  clearanceBodies: { code: string; label: string }[];
  clearances: {
    id: string;
    bodyCode: string;
    bodyLabel: string;
    requestedOn: string;
    requestedBy: string | null;
    result: 'pending' | 'clear' | 'issue';
    resultLabel: string;
    answeredOn: string | null;
    answeredBy: string | null;
    documentRef: string | null;
    note: string | null;
    version: number;
  }[];
  opinions: { id: string; author: string; text: string; createdAt: string }[];
}

export interface DeadlineItem {
  nominationId: string;
  subjectName: string;
  awardName: string;
  roundName: string;
  proposingUnit: string;
  step: string;
  stepLabel: string;
  basis: string;
  receivedOn: string;
  dueOn: string;
  state: DeadlineState;
  stateLabel: string;
  workingDaysLeft: number;
  remindedAt: string | null;
}

export const DEADLINE_COLORS: Record<DeadlineState, string> = {
  done: 'green',
  on_time: 'blue',
  due_soon: 'orange',
  overdue: 'red',
};

const key = (id: string) => ['appraisal', id] as const;

export function useAppraisal(nominationId: string) {
  return useQuery({
    queryKey: key(nominationId),
    queryFn: () => api.get<AppraisalPanelData>(`/api/nominations/${nominationId}/appraisal`),
  });
}

/** One mutation helper for every appraisal action: the answer is the fresh panel. */
export function useAppraisalAction(nominationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: { method: 'post' | 'patch' | 'delete'; path: string; body?: unknown }) => {
      const url = `/api/nominations/${nominationId}/appraisal${a.path}`;
      if (a.method === 'delete') return api.delete<AppraisalPanelData>(url);
      return a.method === 'post'
        ? api.post<AppraisalPanelData>(url, a.body ?? {})
        : api.patch<AppraisalPanelData>(url, a.body);
    },
    onSuccess: (data) => {
      client.setQueryData(key(nominationId), data);
      void client.invalidateQueries({ queryKey: ['nominations'] });
      void client.invalidateQueries({ queryKey: ['nomination'] });
    },
  });
}
