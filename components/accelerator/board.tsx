'use client';

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { GripVertical } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type ReactNode } from 'react';
import { moveCardAction } from '@/modules/accelerator/board-actions';
import type { BoardColumn } from '@/modules/accelerator/board';
import type { MoveState, MoveTarget } from '@/modules/accelerator/moves';
import { useMoveText } from './board-texts';

export interface BoardCardItem {
  id: number;
  title: string;
  status: BoardColumn;
  moves: MoveTarget[];
  /** The card as the server rendered it (details and its "Siirrä" form). */
  content: ReactNode;
}

export interface BoardColumnItem {
  status: BoardColumn;
  heading: ReactNode;
  cards: BoardCardItem[];
  /** Under the cards: "show more", or the empty column's sentence. */
  footer: ReactNode;
}

/**
 * The board's columns, with cards that move by drag and drop and by keyboard (Space picks a card up,
 * arrows go from column to column, Space drops, Escape cancels), announced in the page's language.
 * A drop asks the server to move the card through the lifecycle; the answer comes back to the
 * board's top through the URL (see moveCardAction). Every card also has its plain form.
 */
export function Board({ columns, back }: { columns: BoardColumnItem[]; back: string }) {
  const t = useTranslations('accelerator.board');
  const statuses = useTranslations('status');
  const { outcome } = useMoveText();
  const [refusal, setRefusal] = useState('');
  const [, startMove] = useTransition();
  const order = columns.map((column) => column.status);
  const cards = new Map(columns.flatMap((column) => column.cards.map((card) => [String(card.id), card] as const)));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnByColumn(order) }),
  );

  const titleOf = (id: string | number) => cards.get(String(id))?.title ?? '';
  const columnName = (id: string | number | undefined) => (id ? statuses(String(id) as BoardColumn) : '');
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('dnd.pickedUp', { title: titleOf(active.id), column: columnName(cards.get(String(active.id))?.status) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', { title: titleOf(active.id), column: columnName(over.id) })
        : t('dnd.overNothing', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.dropped', { title: titleOf(active.id), column: columnName(over.id) })
        : t('dnd.droppedNowhere', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) =>
      t('dnd.cancelled', { title: titleOf(active.id), column: columnName(cards.get(String(active.id))?.status) }),
  };

  function drop({ active, over }: DragEndEvent) {
    const card = cards.get(String(active.id));
    if (!card || !over || over.id === card.status) return;
    const to = String(over.id) as MoveTarget;
    if (!card.moves.includes(to)) {
      setRefusal(t('move.dropNotAllowed', { title: card.title, column: columnName(over.id) }));
      return;
    }
    setRefusal('');
    const form = new FormData();
    form.set('ideaId', String(card.id));
    form.set('from', card.status);
    form.set('to', to);
    form.set('back', back);
    startMove(async () => {
      const state: MoveState = await moveCardAction({ ok: false }, form);
      // Only refusals come back here; a move (or a lost race) returns to the board through the URL.
      if (!state.ok)
        setRefusal(state.fieldErrors?.reason ? t('move.needsReason', { column: columnName(to) }) : outcome(state));
    });
  }

  return (
    <DndContext
      id="accelerator-board"
      sensors={sensors}
      onDragStart={() => setRefusal('')}
      onDragEnd={drop}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
    >
      <p
        role="status"
        className={refusal ? 'mt-3 rounded bg-amber-50 px-3 py-2 font-semibold text-amber-900' : 'sr-only'}
      >
        {refusal}
      </p>
      <div className="mt-4 grid gap-4 lg:grid-cols-4">
        {columns.map((column) => (
          <DropColumn
            key={column.status}
            column={column}
            dropLabel={t('column.dropHere', { column: columnName(column.status) })}
          >
            {column.cards.map((card) => (
              <DraggableCard key={card.id} card={card} handleLabel={t('card.dragHandle', { title: card.title })} />
            ))}
          </DropColumn>
        ))}
      </div>
    </DndContext>
  );
}

function DropColumn({
  column,
  dropLabel,
  children,
}: {
  column: BoardColumnItem;
  dropLabel: string;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={`column-${column.status}`}
      data-column={column.status}
      className={`rounded-lg p-3 ${isOver ? 'bg-sky-100 outline-2 outline-brand outline-dashed' : 'bg-surface'}`}
    >
      <h2 id={`column-${column.status}`} className="text-lg font-bold">
        {column.heading}
      </h2>
      {isOver && <p className="sr-only">{dropLabel}</p>}
      <ol className="mt-2 grid gap-3">{children}</ol>
      {column.footer}
    </section>
  );
}

function DraggableCard({ card, handleLabel }: { card: BoardCardItem; handleLabel: string }) {
  const movable = card.moves.length > 0;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: String(card.id),
    data: { status: card.status },
    disabled: !movable,
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li ref={setNodeRef} style={style} className={isDragging ? 'relative z-10 shadow-lg' : undefined}>
      <article aria-labelledby={`card-${card.id}`} className="relative rounded-lg border border-line bg-white p-3">
        {movable && (
          <button
            type="button"
            {...attributes}
            {...listeners}
            aria-label={handleLabel}
            className="float-right -mt-1 -mr-1 grid min-h-11 min-w-11 cursor-grab touch-none place-items-center rounded text-muted hover:bg-surface"
          >
            <GripVertical aria-hidden="true" className="size-5" />
          </button>
        )}
        {card.content}
      </article>
    </li>
  );
}

/** Arrow keys jump a picked-up card from column to column (across on a desktop, down on a phone). */
function columnByColumn(order: readonly BoardColumn[]): KeyboardCoordinateGetter {
  return (event, { currentCoordinates, context }) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.code];
    if (step === undefined) return undefined;
    event.preventDefault();
    const { active, over, droppableRects, collisionRect } = context;
    const start = over?.id ?? (active ? active.data.current?.status : undefined) ?? null;
    const from = order.indexOf((start ?? order[0]) as BoardColumn);
    const target = order[Math.min(order.length - 1, Math.max(0, from + step))];
    const rect = target ? droppableRects.get(target) : undefined;
    if (!rect || !collisionRect) return currentCoordinates;
    return {
      x: rect.left + Math.max(0, (rect.width - collisionRect.width) / 2),
      y: rect.top + Math.min(48, Math.max(0, rect.height - collisionRect.height)),
    };
  };
}
