import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  CloseButton,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import type { OrganisationKind } from '../../gql/enums';
import type { AdminCategoryFieldsFragment } from '../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { organisationKindPluralLabel } from '../../lib/labels';
import { audienceLabel, postersLabel } from '../forums';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { AdminGate } from './access';
import {
  AdminCategoriesQuery,
  AdminCategoryFieldsFragment as CategoryFields,
  AdminCategoryQuery,
  AdminOrganisationQuery,
  CreateCategoryMutation,
  UpdateCategoryMutation,
} from './operations';
import { OrganisationSelect, type PickedOrganisation } from './OrganisationSelect';
import { KINDS } from './OrganisationsAdminPage';
import { adminTexts } from './texts';

const t = adminTexts.category;

/** One chosen organisation of the closed group: its name (loaded by id) and a remove button. */
function GroupMember({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { data } = useQuery(AdminOrganisationQuery, { variables: { id } });
  const name = data?.organisation.name ?? id;
  return (
    <li>
      <Group gap="xs" wrap="nowrap">
        <Text>{name}</Text>
        <CloseButton aria-label={`${name} entfernen`} onClick={onRemove} />
      </Group>
    </li>
  );
}

function CategoryForm({ category }: { category: AdminCategoryFieldsFragment | null }) {
  const navigate = useNavigate();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [name, setName] = useState(category?.name ?? '');
  const [description, setDescription] = useState(category?.description ?? '');
  const [position, setPosition] = useState<number | string>(category?.position ?? 0);
  const [readKinds, setReadKinds] = useState<OrganisationKind[]>(
    category ? [...category.readKinds] : [...KINDS],
  );
  const [postKinds, setPostKinds] = useState<OrganisationKind[]>(
    category ? [...category.postKinds] : [...KINDS],
  );
  const [group, setGroup] = useState<string[]>(category ? [...category.organisationIds] : []);
  const [picked, setPicked] = useState<PickedOrganisation | null>(null);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [saved, setSaved] = useState(false);
  const [create, creating] = useMutation(CreateCategoryMutation, {
    refetchQueries: [AdminCategoriesQuery],
  });
  const [update, updating] = useMutation(UpdateCategoryMutation);
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);
  // Who may write is a subset of who reads: unticking a reader unticks it as a writer.
  const effectivePost = postKinds.filter((k) => readKinds.includes(k));
  const preview = { readKinds, postKinds: effectivePost, organisationIds: group };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    setSaved(false);
    if (!name.trim() || readKinds.length === 0) return;
    const input = {
      name: name.trim(),
      description: description.trim(),
      position: typeof position === 'number' ? position : 0,
      readKinds,
      postKinds: effectivePost,
      organisationIds: group,
    };
    try {
      if (category) {
        await update({ variables: { id: category.id, input } });
        setSaved(true);
      } else {
        const r = await create({ variables: { input } });
        if (r.data)
          void navigate(`/verwaltung/foren/${r.data.createForumCategory.id}`, {
            state: { created: true },
          });
      }
    } catch (err) {
      setError(describeError(err));
    }
  };

  const kindBoxes = KINDS.map((k) => (
    <Checkbox key={k} value={k} label={organisationKindPluralLabel(k)} />
  ));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t.name}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError('name') ?? (touched && !name.trim() ? t.nameRequired : undefined)}
        />
        <Textarea
          label={t.description}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description')}
        />
        <NumberInput
          label={t.position}
          description={t.positionDescription}
          allowDecimal={false}
          value={position}
          onChange={setPosition}
          error={fieldError('position')}
        />
        <Checkbox.Group
          label={t.readKinds}
          description={t.readKindsDescription}
          value={readKinds}
          onChange={(v) => setReadKinds(v)}
          error={
            fieldError('readKinds') ??
            (touched && readKinds.length === 0 ? t.readRequired : undefined)
          }
        >
          <Group gap="md" mt="xs">
            {kindBoxes}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group
          label={t.postKinds}
          description={t.postKindsDescription}
          value={effectivePost}
          onChange={(v) => setPostKinds(v)}
          error={fieldError('postKinds')}
        >
          <Group gap="md" mt="xs">
            {KINDS.map((k) => (
              <Checkbox
                key={k}
                value={k}
                label={organisationKindPluralLabel(k)}
                disabled={!readKinds.includes(k)}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <Stack gap="xs">
          <OrganisationSelect
            label={t.group}
            description={t.groupDescription}
            value={picked}
            exclude={group}
            onChange={(o) => {
              if (o) setGroup((g) => (g.includes(o.id) ? g : [...g, o.id]));
              setPicked(null);
            }}
            error={fieldError('organisationIds')}
          />
          {group.length > 0 ? (
            <ul className="plain-list" aria-label={t.group}>
              {group.map((id) => (
                <GroupMember
                  key={id}
                  id={id}
                  onRemove={() => setGroup((g) => g.filter((x) => x !== id))}
                />
              ))}
            </ul>
          ) : null}
        </Stack>
        <Alert color="blue" variant="light" title={t.summary}>
          <Text size="sm">
            {adminTexts.categories.audience}: {readKinds.length ? audienceLabel(preview) : '–'}
            {' · '}
            {adminTexts.categories.posters}:{' '}
            {postersLabel(preview) ?? adminTexts.categories.samePosters}
          </Text>
        </Alert>
        {error && !error.field ? (
          <Alert color="red" role="alert" variant="light">
            {error.message}
          </Alert>
        ) : null}
        {saved || created ? (
          <Alert color="green" role="status" variant="light">
            {saved ? t.saved : t.created}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {adminTexts.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditCategory({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(AdminCategoryQuery, { variables: { id } });
  const back = <AppLink to="/verwaltung/foren">{adminTexts.categories.title}</AppLink>;
  if (error)
    return (
      <Page title={adminTexts.categories.title} actions={back}>
        <ErrorAlert
          error={error}
          overrides={{ NOT_FOUND: t.notFound }}
          onRetry={() => void refetch()}
        />
      </Page>
    );
  if (!data) return <LoadingState />;
  const category = getFragmentData(CategoryFields, data.forumCategory);
  return (
    <Page title={t.editTitle(category.name)} actions={back}>
      <CategoryForm key={category.id} category={category} />
    </Page>
  );
}

export default function CategoryAdminPage() {
  const { categoryId } = useParams();
  return (
    <AdminGate adminOnly>
      {() =>
        categoryId ? (
          <EditCategory id={categoryId} />
        ) : (
          <Page
            title={t.newTitle}
            actions={<AppLink to="/verwaltung/foren">{adminTexts.categories.title}</AppLink>}
          >
            <CategoryForm category={null} />
          </Page>
        )
      }
    </AdminGate>
  );
}
